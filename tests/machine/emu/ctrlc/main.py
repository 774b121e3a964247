# Ctrl-C on the UART stops a busy loop (the receive interrupt raises KeyboardInterrupt).
print("looping")
while True:
    pass
