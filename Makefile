# The two commands of the README, and a few more.
#
#   make run     install what is missing, build every stage, take the tour
#   make test    install what is missing, build every stage, run every test
#
# Both start with scripts/bootstrap.sh, which does nothing when all is in place.
BUILD ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
# What `make tsan` runs: the tests that use threads (workers, message ports,
# BroadcastChannel, the pool), not the stress test (minutes under TSan).
TSAN_TESTS ?= worker|broadcast|ThreadPoolTest|pool-concurrency|js/03-threadpool/.*@05-modules
JOBS ?= $(shell nproc)
# Quiet the nested makes that cmake --build starts.
MAKEFLAGS += --no-print-directory

.PHONY: run test build bootstrap docs bench sanitize tsan clean chapter-counts fuzz \
	check-exercise solutions

run: build
	@scripts/tour.sh $(BUILD)

# The exercise checks fail until a student solves them: not part of the suite.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE exercise

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# After editing a stage's code: rewrite the line counts its chapter shows
# (the docs/<stage> tests check them), and the course plan's tables, which
# are made from the chapters (the docs/course-plan test checks them).
chapter-counts: build
	for chapter in [0-9][0-9]-*/README.md; do \
	  python3 tests/docs/chapter_commands_test.py --bin $(BUILD)/bin --fix-counts $$chapter || exit 1; \
	done
	python3 scripts/course_plan.py --fix

docs: build
	cmake --build $(BUILD) --target docs

bench: build
	python3 tests/bench/01-engine.py --build $(BUILD)
	python3 tests/bench/02-event-loop.py --build $(BUILD)
	python3 tests/bench/03-threadpool.py --build $(BUILD)
	python3 tests/bench/04-bindings.py --build $(BUILD)
	python3 tests/bench/05-modules.py --build $(BUILD)
	python3 tests/bench/05-io.py --build $(BUILD)
	python3 tests/bench/05-child-process.py --build $(BUILD)
	python3 tests/bench/05-worker.py --build $(BUILD)
	python3 tests/bench/06-http.py --build $(BUILD)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer,
# but the stress tests: they bound the growth of RSS, and ASan holds freed
# memory in its quarantine (256 MiB by default), so there RSS says nothing
# of leaks; LeakSanitizer checks those in every other test.
sanitize: bootstrap
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DSANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -LE 'node-record|exercise' -E stress

# One exercise's check (EX=02-3): build the stage it belongs to, then run it.
check-exercise: bootstrap
	@test -n "$(EX)" || { echo "usage: make check-exercise EX=02-3"; exit 2; }
	@test -f tests/exercises/$(EX).py || { echo "no check for exercise $(EX) (tests/exercises/$(EX).py)"; exit 2; }
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target $$(ls -d $$(echo $(EX) | cut -c1-2)-*/ | head -1 | tr -d /)
	@python3 tests/exercises/$(EX).py --bin $(BUILD)/bin

# Every reference solution (docs/solutions/NN-K.patch) applied to a scratch
# copy of the tree, its stage built, its check run: must pass patched and fail
# untouched (scripts/solutions.py).
solutions: bootstrap
	@python3 scripts/solutions.py --build $(BUILD) $(if $(EX),--only $(EX))

# Stage 06's HTTP parser under libFuzzer with ASan and UBSan, for a bounded
# time (FUZZ_SECONDS); see scripts/fuzz.sh.
FUZZ_SECONDS ?= 60
fuzz: bootstrap
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The threaded tests under ThreadSanitizer (a build of its own: TSan cannot
# share a build with AddressSanitizer). libnode is not instrumented: the
# suppressions file says which of its reports are V8's own and why.
tsan: bootstrap
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target 05-modules 03-threadpool 03-threadpool-tests
	cd $(TSAN_BUILD) && \
	  TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$(CURDIR)/tests/tsan/suppressions.txt" \
	  ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)' -E stress -LE 'node-record|exercise'

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) build-fuzz
