FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
LABEL "com.contoso.team"="web"
USER ${APP_UID:-1654}
COPY --from=build ["/app/publish/", "."]
ENTRYPOINT ["dotnet", "Web.dll"]
