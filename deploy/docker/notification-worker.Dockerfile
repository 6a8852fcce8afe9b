# syntax=docker/dockerfile:1
# Notification worker: bilingual e-mails over SMTP and portal events.
# Build context: the repository root (docker-compose.yml sets it).

# --- build: restore, then publish in Release ----------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files alone first, so the restore layer is reused until a
# dependency changes. Publish below restores again only if a project
# reference was added since.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Contracts/Contracts.csproj src/Contracts/
COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/
COPY src/Notification.Worker/Notification.Worker.csproj src/Notification.Worker/
RUN dotnet restore src/Notification.Worker/Notification.Worker.csproj
COPY src/ src/
RUN dotnet publish src/Notification.Worker/Notification.Worker.csproj -c Release -o /app -p:UseAppHost=false

# --- runtime -------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
# The non-root user the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Notification.Worker.dll"]
