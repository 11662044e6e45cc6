FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
LABEL "com.contoso.team"="web"
USER ${APP_UID:-1654}
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /app
ENTRYPOINT ["dotnet", "Web.dll"]
