# The hardware modules (docs/machine.md): machine and esp in the core (core/modmachine.c,
# core/modesp.c, interface core/port_machine.h), simulated on the host (ports/host/machine_sim.c).
#   make test-machine   ->  the Python layer on the host (tests/machine/*.py)

.PHONY: test-machine
test-machine: $(BUILD)/espy
	ESPY=$(abspath $(BUILD)/espy) sh tests/run.sh tests/machine

TEST_TARGETS += test-machine
