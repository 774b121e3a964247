# Object-oriented code: a small cooperative scheduler with tasks of several classes
# that exchange message objects through queues. Measures method calls, attribute
# access, polymorphic dispatch, small object allocation and list operations.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

class Message:
    def __init__(self, sender, kind, payload):
        self.sender = sender
        self.kind = kind
        self.payload = payload


class Task:
    def __init__(self, name, sched, priority):
        self.name = name
        self.sched = sched
        self.priority = priority
        self.inbox = []
        self.handled = 0
        self.waiting = False

    def send(self, target, kind, payload):
        target.inbox.append(Message(self, kind, payload))
        target.waiting = False

    def step(self):
        if self.inbox:
            msg = self.inbox.pop(0)
            self.handled += 1
            self.handle(msg)
        else:
            self.idle()

    def handle(self, msg):
        pass

    def idle(self):
        self.waiting = True


class Producer(Task):
    def __init__(self, name, sched, priority, workers):
        super().__init__(name, sched, priority)
        self.workers = workers
        self.next_job = 0

    def idle(self):
        w = self.workers[self.next_job % len(self.workers)]
        self.send(w, "job", self.next_job)
        self.next_job += 1

    def handle(self, msg):
        if msg.kind == "done":
            self.sched.completed += msg.payload


class Worker(Task):
    def __init__(self, name, sched, priority, sink):
        super().__init__(name, sched, priority)
        self.sink = sink

    def handle(self, msg):
        v = msg.payload
        result = 0
        for k in range(v % 7 + 3):
            result += (v * k) % 11
        self.send(self.sink, "result", result)


class Sink(Task):
    def __init__(self, name, sched, priority):
        super().__init__(name, sched, priority)
        self.total = 0
        self.producer = None

    def handle(self, msg):
        self.total += msg.payload
        if self.handled % 10 == 0:
            self.send(self.producer, "done", 1)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.completed = 0
        self.switches = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        return task

    def run(self, steps):
        for _ in range(steps):
            for t in self.tasks:
                if not t.waiting or t.inbox or isinstance(t, Producer):
                    t.step()
                    self.switches += 1


sched = Scheduler()
sink = sched.add(Sink("sink", sched, 1))
workers = [sched.add(Worker("w%d" % i, sched, 5 + i, sink)) for i in range(4)]
producer = sched.add(Producer("producer", sched, 10, workers))
sink.producer = producer
sched.run(2000 if SMALL else 260000)

print("handled", [t.handled for t in sched.tasks])
print("scheduler checksum", sink.total, sched.completed, sched.switches)
