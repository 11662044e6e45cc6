FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0"
EXPOSE 8080/tcp
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
