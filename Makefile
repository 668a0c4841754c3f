# Makefile - the two commands of the README, and a few conveniences.
#   make demo   install missing Debian packages, build, import the demo data, run a sample query
#   make test   install missing packages, run the whole suite in the normal and the sanitizer build
#   make test-shared  libbrug as a shared library (public symbols only), the CLI tests against it
#   make test-tsan  the threaded tests (matching, server) under ThreadSanitizer (not in make test)
#   make fuzz   build the libFuzzer drivers (clang) into build-fuzz/ and run each FUZZ_SECONDS (60)
# The real build is CMake (CMakeLists.txt); this file only drives it.

BUILD ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
SHARED_BUILD ?= build-shared
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB ?= $(BUILD)/demo.db

.PHONY: all deps build build-asan build-shared build-tsan demo test test-normal test-asan test-shared test-tsan lint clean fuzz

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

build-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Sanitize >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)

# Only the tool (and libbrug.so): the unit tests call internals, which a
# shared libbrug does not export; they run in the other two builds.
build-shared: deps
	@cmake -S . -B $(SHARED_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=ON >/dev/null
	@cmake --build $(SHARED_BUILD) -j $(JOBS) --target brug_cli

build-tsan: deps
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Tsan >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS)

demo: build
	@sh scripts/demo.sh $(BUILD)/brug $(DEMO_DB)

test-normal: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: build-asan
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

test-shared: build-shared
	@cd $(SHARED_BUILD) && ctest --output-on-failure -j $(JOBS) -R '^(t[0-9]|shared_exports)'

test: lint test-normal test-asan test-shared

# A race report stops the process (halt_on_error), so the test fails.
test-tsan: build-tsan
	@cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -R 'test_match|test_people|test_bridges|t5000|t700'

FUZZ_SECONDS ?= 60
fuzz: deps
	@sh scripts/fuzz.sh $(FUZZ_SECONDS)

lint:
	@sh scripts/lint.sh .

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(SHARED_BUILD) build-fuzz
