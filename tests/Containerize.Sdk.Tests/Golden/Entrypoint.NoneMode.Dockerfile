FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime:10.0"
USER ${APP_UID:-1654}
COPY --from=build ["/app/publish/", "."]
CMD ["--help"]
