FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
LABEL "org.opencontainers.image.title"="Web" "org.opencontainers.image.description"="A web app that spans lines" "org.opencontainers.image.version"="1.2.3" "org.opencontainers.image.authors"="Contoso Team" "org.opencontainers.image.url"="https://contoso.example/web" "org.opencontainers.image.source"="https://github.com/contoso/web" "org.opencontainers.image.revision"="0123456789abcdef" "org.opencontainers.image.licenses"="MIT" "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json" "com.contoso.team"="web" "org.opencontainers.image.vendor"="Contoso Ltd"
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
LABEL "org.opencontainers.image.created"="2025-01-02T03:04:05Z"
