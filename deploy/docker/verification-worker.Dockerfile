# syntax=docker/dockerfile:1
# Verification worker: runs the document checks on every uploaded document.
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
COPY src/Verification.Worker/Verification.Worker.csproj src/Verification.Worker/
RUN dotnet restore src/Verification.Worker/Verification.Worker.csproj
COPY src/ src/
RUN dotnet publish src/Verification.Worker/Verification.Worker.csproj -c Release -o /app -p:UseAppHost=false

# --- runtime -------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The native libraries the checks load (Poppler for PDF, Leptonica and
# Tesseract with English and French data for OCR), and curl for the health
# check. The .NET 10 images are Ubuntu 24.04, where the Debian 12 package
# libpoppler-glib8 (deploy/packages.txt) is named libpoppler-glib8t64; the
# shared libraries (libpoppler-glib.so.8, liblept.so.5, libtesseract.so.5)
# are the same.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpoppler-glib8t64 liblept5 libtesseract5 tesseract-ocr-eng tesseract-ocr-fra curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
# The non-root user the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Verification.Worker.dll"]
