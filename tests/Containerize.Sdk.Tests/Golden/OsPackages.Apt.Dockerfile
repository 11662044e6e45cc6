FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl g++ libgdiplus=6.1+dfsg-1 && rm -rf /var/lib/apt/lists/*
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
EXPOSE 8080/tcp
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
