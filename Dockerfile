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
COPY --from=playground /source/playground/ playground/
# The build copies the IDE into the output's bananacakepop/ folder; the image must have it.
RUN dotnet publish src/Gateway/Gateway.csproj --configuration Release --output /app -p:InstallPlayground=false \
    && test -f /app/bananacakepop/index.html

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# appsettings.json binds loopback for local runs; a container listens on every interface.
ENV Urls=http://0.0.0.0:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
# Probes: GET /alive (process) and GET /health (Redis degraded is still 200).
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Gateway.dll"]
