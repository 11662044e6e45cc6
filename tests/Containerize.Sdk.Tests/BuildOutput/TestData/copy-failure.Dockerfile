FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY ["missing.csproj", "./"]
RUN dotnet restore missing.csproj
