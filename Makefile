# Quick start:  make demo   (segments two synthetic breasts end to end)
#               make test   (every test of every module, and the update site)
MVNW   := ./mvnw -B -ntp
JAR    := cli/target/breastct.jar
DEMO   ?= demo-output

.PHONY: all setup build test demo bench bench-heap bench-view clean

all: build

setup:
	@bash scripts/setup-machine.sh

build: setup
	$(MVNW) -q package -DskipTests

test: setup
	$(MVNW) verify

# the CLI jar is rebuilt (engine + testkit + cli only) whenever a source, resource or pom it is made from changed
JAR_SOURCES := pom.xml engine/pom.xml testkit/pom.xml cli/pom.xml $(shell find engine/src/main testkit/src/main cli/src/main -type f 2>/dev/null)

$(JAR): $(JAR_SOURCES)
	$(MVNW) -q -pl engine,testkit,cli package -DskipTests
	@touch $@

demo: setup $(JAR)
	java -Xmx4g -jar $(JAR) demo --output $(DEMO)

# through the launcher, as the command line runs: transparent huge pages where the kernel offers them
# (the benchmark prints the JVM options it ran with)
bench: setup $(JAR)
	BREASTCT_JAVA_OPTS="-Xmx4g $${BREASTCT_JAVA_OPTS:-}" bash scripts/breastct bench

# the smallest -Xmx that segments the benchmark phantom, plain and with implant + 3 ribs (about 20 minutes)
bench-heap: setup $(JAR)
	bash scripts/bench-heap.sh
	bash scripts/bench-heap.sh --implant --ribs 3

# volume view: time to the first slice of a 400x640x640 breast and of the following requests
bench-view: setup
	$(MVNW) verify -pl knime-shim/org.knime.core.util,knime-shim/org.knime.core,knime-shim/org.knime.filehandling.core,knime-shim/org.knime.core.ui,engine,plugin \
	  -Dtest=VolumeViewBench -Dsurefire.failIfNoSpecifiedTests=false | grep -E 'volume view bench|JVM warm-up|^run '

clean:
	$(MVNW) -q clean
