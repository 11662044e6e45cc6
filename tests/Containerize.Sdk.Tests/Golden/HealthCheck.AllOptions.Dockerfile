FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
EXPOSE 8080/tcp
HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=1.5s --retries=3 CMD ["curl", "-f", "http://localhost:8080/healthz"]
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
