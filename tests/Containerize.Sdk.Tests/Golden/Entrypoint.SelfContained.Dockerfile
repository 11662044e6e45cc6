FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final
WORKDIR /srv/app/
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime-deps:10.0"
USER ${APP_UID:-1654}
COPY --from=build ["/app/publish/", "."]
ENTRYPOINT ["/srv/app/Web"]
