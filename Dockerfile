# syntax=docker/dockerfile:1
# CoUp Video: one image with the Spring Boot jar (HTTP on 8080, Socket.IO on 9092).

# --- Build: the Maven wrapper builds every module; tests run in CI, not in the image build ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY . .
# The cache mount keeps ~/.m2 between builds without putting it in a layer.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package

# --- Runtime: JRE only, non-root ---
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app coup \
    && mkdir -p /app && chown coup /app
WORKDIR /app
# The boot jar is named by <finalName>coup-video</finalName> in bootstrap/pom.xml.
COPY --from=build /workspace/bootstrap/target/coup-video.jar /app/coup-video.jar
USER coup
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080 9092
ENTRYPOINT ["java", "-jar", "/app/coup-video.jar"]
