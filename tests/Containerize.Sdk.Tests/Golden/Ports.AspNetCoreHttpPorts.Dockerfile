FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
ENV ASPNETCORE_HTTP_PORTS="8000;8001" ASPNETCORE_HTTPS_PORTS="8443"
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
EXPOSE 8000/tcp
EXPOSE 8001/tcp
EXPOSE 8443/tcp
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
