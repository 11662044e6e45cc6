FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
COPY --chmod=0755 ["scripts/entry point.sh", "/usr/local/bin/entry-point"]
COPY ["config/appsettings.Container.json", "/etc/web/"]
COPY ["static", "/srv/static"]
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
EXPOSE 8080/tcp
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
