FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
RUN echo built > /app/x.txt
HEALTHCHECK CMD ["true"]
