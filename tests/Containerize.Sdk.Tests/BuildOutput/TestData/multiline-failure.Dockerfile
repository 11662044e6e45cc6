# user-written Dockerfile with continuation lines
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0

ARG GREETING=hello
RUN echo "$GREETING" \
    && echo second \
    && exit 3
RUN echo never
