# The Python test programs (tests/<area>/*.py with CPython's output in .exp) on the host build,
# and the benchmark suite (bench/, never fails on timing).
#   make test-py     every area with tests/run.sh (part of make test)
#   make bench       bench/run.sh: espy against python3, side by side

TEST_TARGETS += test-py

.PHONY: test-py bench
test-py: $(BUILD)/espy
	ESPY=$(abspath $(BUILD)/espy) sh tests/run.sh

bench: $(BUILD)/espy
	ESPY=$(abspath $(BUILD)/espy) sh bench/run.sh $(BENCH_ARGS)
