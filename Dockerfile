# The Winkel host as a container image (docs/deploy.md): `docker build -t winkel .` at the repository root.
# Build stage: the full SDK restores and publishes the host.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Winkel.Server/Winkel.Server.csproj -c Release -o /app --nologo

# Runtime stage: ASP.NET Core only, as the image's non-root user, on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Winkel__DataDir=/tmp/winkel
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Winkel.Server.dll"]
