# The Python test programs (tests/<area>/*.py with CPython's output in .exp) on the host build,
# and the benchmark suite (bench/, never fails on timing).
#   make test-py     every area with tests/run.sh, `espy compile` and tracebacks (part of make test)
#   make bench       bench/run.sh: espy against python3, side by side

TEST_TARGETS += test-py

.PHONY: test-py bench
test-py: $(BUILD)/espy
	ESPY=$(abspath $(BUILD)/espy) sh tests/run.sh
	sh tests/tools/compile.sh $(BUILD)/espy
	sh tests/tools/traceback.sh $(BUILD)/espy

bench: $(BUILD)/espy
	ESPY=$(abspath $(BUILD)/espy) sh bench/run.sh $(BENCH_ARGS)

# Memory on the board's word size (lx106 under QEMU): object sizes and the heap the on-board
# compiler needs for a 200-line module.
.PHONY: bench-memory
bench-memory: $(LX106_DIR)/espy.elf
	cd bench/memory && $(abspath $(LX106_RUN)) $(abspath $(LX106_DIR)/espy.elf) objsizes.py
	cd bench/memory && $(abspath $(LX106_RUN)) $(abspath $(LX106_DIR)/espy.elf) -X peakheap compile200.py
