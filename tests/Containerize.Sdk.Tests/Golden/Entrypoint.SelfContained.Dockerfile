FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime-deps:10.0" "dev.containerize.sbom"="/srv/app/sbom.cdx.json"
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /srv/app/
ENTRYPOINT ["/srv/app/Web"]
