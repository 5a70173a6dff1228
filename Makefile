# Quick start:  make demo   (segments two synthetic breasts end to end)
#               make test   (every test of every module, and the update site)
MVNW   := ./mvnw -B -ntp
JAR    := cli/target/breastct.jar
DEMO   ?= demo-output

.PHONY: all setup build test demo bench clean

all: build

setup:
	@bash scripts/setup-machine.sh

build: setup
	$(MVNW) -q package -DskipTests

test: setup
	$(MVNW) verify

$(JAR):
	$(MAKE) build

demo: setup $(JAR)
	java -Xmx4g -jar $(JAR) demo --output $(DEMO)

bench: setup $(JAR)
	java -Xmx4g -jar $(JAR) bench

clean:
	$(MVNW) -q clean
