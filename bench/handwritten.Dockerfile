# The bench app's hand-written multi-stage Dockerfile, written the way dotnet-docker's samples are: the project files
# and restore inputs first, restore, then the source and publish, then the aspnet stage. bench/run.sh builds it from the
# root of its copy of bench/app: docker build -f bench/handwritten.Dockerfile <copy>.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Copy the restore inputs and project files, and restore as a distinct layer.
COPY NuGet.config Directory.Build.props Directory.Packages.props ./
COPY feed/ feed/
COPY src/Bench.Domain/Bench.Domain.csproj src/Bench.Domain/
COPY src/Bench.Data/Bench.Data.csproj src/Bench.Data/
COPY src/Bench.Web/Bench.Web.csproj src/Bench.Web/
RUN dotnet restore src/Bench.Web/Bench.Web.csproj

# Copy the source and publish.
COPY src/ src/
RUN dotnet publish src/Bench.Web/Bench.Web.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
EXPOSE 8080
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENTRYPOINT ["dotnet", "Bench.Web.dll"]
