FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
RUNN echo hi
