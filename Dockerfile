# The portal as a container image. Built by docker-compose.yml; data (keys, uploads, SQLite if used) lives in /data.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ReSoma.Web/ReSoma.Web.csproj src/ReSoma.Web/
RUN dotnet restore src/ReSoma.Web/ReSoma.Web.csproj
COPY src/ src/
RUN dotnet publish src/ReSoma.Web/ReSoma.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataPath=/data
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
# /health answers 200 when the database answers: point the load balancer or orchestrator at it.
ENTRYPOINT ["dotnet", "ReSoma.Web.dll"]
