# Commerce Readiness as a container image. Build the jar first, then the image:
#   mvn -B -Pproduction package -DskipTests
#   docker build -t commerce-readiness .
#   docker run -p 8080:8080 -e READINESS_ADMIN_PASSWORD=... \
#     -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/readiness -e SPRING_DATASOURCE_USERNAME=readiness \
#     -e SPRING_DATASOURCE_PASSWORD=... commerce-readiness
# The jar is unpacked into Spring Boot's layers (the dependencies change seldom, so a new build of the app ships
# one small layer), and a class-data-sharing archive made at build time shortens every start.

FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY target/commerce-readiness-*.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /application --shell /usr/sbin/nologin readiness \
    && mkdir -p /data && chown readiness /data
WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# The training run starts the app up to a refreshed context (on a throw-away H2 database) and records every class
# it loaded; starts with the archive map them instead of loading them one by one.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar application.jar \
        --readiness.data.dir=/tmp/cds-training --readiness.admin.password=cds-training-only \
    && rm -rf /tmp/cds-training
USER 10001
ENV READINESS_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/health/ready || exit 1
# Exec form: java is process 1 and gets SIGTERM itself, so server.shutdown=graceful lets requests finish.
# An OutOfMemoryError ends the process, so that Docker or Kubernetes starts a fresh one: a JVM that lives on after one
# may have lost any of its threads (Tomcat's poller, a scheduled task) and answer nothing (README, "Security").
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=application.jsa", "-Xshare:auto", \
            "-jar", "application.jar"]
