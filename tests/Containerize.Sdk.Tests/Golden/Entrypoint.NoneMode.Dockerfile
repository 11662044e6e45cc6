FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
CMD ["--help"]
