# syntax=docker/dockerfile:1
# Review: the agents' console (server-rendered pages and the review API).
# Build context: the repository root (docker-compose.yml sets it).

# --- build: restore, then publish in Release ----------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files alone first, so the restore layer is reused until a
# dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Contracts/Contracts.csproj src/Contracts/
COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/
COPY src/Review/Review.csproj src/Review/
RUN dotnet restore src/Review/Review.csproj
COPY src/ src/
RUN dotnet publish src/Review/Review.csproj -c Release -o /app -p:UseAppHost=false

# --- runtime -------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# poppler-utils: pdftoppm renders PDF pages for the agents; tzdata: times are
# shown in Paris time; curl for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends poppler-utils tzdata curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
# The non-root user the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Review.dll"]
