FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --chmod=0644 ["config/web.json", "/etc/web/web.json"]
ENV ASPNETCORE_ENVIRONMENT="Staging" FEATURE_FLAGS="a;b;c"
LABEL "org.opencontainers.image.version"="2.0.0" "org.opencontainers.image.vendor"="Contoso" "org.opencontainers.image.base.name"="mcr.microsoft.com/dotnet/aspnet:10.0" "dev.containerize.sbom"="/srv/web/sbom.cdx.json" "com.contoso.team"="web"
EXPOSE 8080/tcp
EXPOSE 9090/udp
HEALTHCHECK --interval=10s --retries=5 CMD ["curl", "-fsS", "http://localhost:8080/healthz"]
STOPSIGNAL SIGQUIT
USER app
COPY --from=build ["/app/layers/app/", "/"]
WORKDIR /srv/web
ENTRYPOINT ["dotnet", "Web.dll"]
CMD ["--seed"]
LABEL "org.opencontainers.image.created"="2025-06-01T00:00:00Z"
