FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
ENV ASPNETCORE_ENVIRONMENT="Production" GREETING="say \"hi\" to \$USER at C:\\temp" EMPTY="" A="1" B="two words" ConnectionStrings__Db="Server=db;Database=app"
LABEL "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/runtime:10.0" "dev.containerize.sbom"="/app/sbom.cdx.json"
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
