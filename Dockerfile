# cchc-editorial: one image for every node of the cluster (docker-compose.yml runs two).
#
# Build stage: the project's own Maven wrapper packages the executable jar. The tests are CI's job
# (.ci/run); an image is built from a commit that passed them.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# dependencies in a layer of their own: rebuilt only when pom.xml changes
RUN ./mvnw -B -q dependency:go-offline
COPY processes/ processes/
# the user guide and its pictures, served at /huong-dan (pom.xml puts them on the classpath)
COPY docs/huong-dan-su-dung.md docs/
COPY docs/huong-dan/ docs/huong-dan/
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/cchc-editorial-*.jar /build/app.jar

# Run stage: a JRE, curl for the health check, an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app cchc
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER cchc
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod,postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
