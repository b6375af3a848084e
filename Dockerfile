# The gateway as a container: `docker build -t genesys-graphql-gateway .`
# then `docker run -p 8080:8080 -e Genesys__ClientId=… -e Genesys__ClientSecret=… genesys-graphql-gateway`
# (without credentials it serves its built-in simulator, as `dotnet run` does).
# Banana Cake Pop (the IDE at /graphql/): the npm package pinned in playground/package-lock.json.
FROM node:20-bookworm-slim AS playground
WORKDIR /source/playground
COPY playground/package.json playground/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY build/publish.sh build/
COPY --from=playground /source/playground/ playground/
# The same publish .ci/run builds and smoke-tests; it checks that the IDE's bananacakepop/ folder is in it.
RUN bash build/publish.sh /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# appsettings.json binds loopback for local runs; a container listens on every interface.
ENV Urls=http://0.0.0.0:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
# Configured by environment only (Genesys__ClientId, Redis__ConnectionString, Auth__Mode, …); nothing is written to disk.
EXPOSE 8080
# The image's unprivileged user (uid 1654), never root.
USER app
# The runtime image has no curl: the gateway probes itself (GET /health; Redis degraded is still 200). /alive is the
# liveness probe for an orchestrator.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "Gateway.dll", "health"]
ENTRYPOINT ["dotnet", "Gateway.dll"]
