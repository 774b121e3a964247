# time.time, time.sleep(0), monotonic ordering; only types and relations are printed
import time
t = time.time()
print(type(t).__name__ in ("float", "int"), t > 1000000000)
time.sleep(0)
time.sleep(0.001)
t2 = time.time()
print(t2 >= t)
for bad in (-1, "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
lt = time.localtime()
print(len(tuple(lt)) >= 8, tuple(lt)[0] >= 2000, 1 <= tuple(lt)[1] <= 12, 1 <= tuple(lt)[2] <= 31)
print(0 <= tuple(lt)[3] <= 23, 0 <= tuple(lt)[4] <= 59, 0 <= tuple(lt)[5] <= 61, 0 <= tuple(lt)[6] <= 6)
g = time.gmtime()
print(tuple(g)[0] >= 2000, abs(time.mktime(time.localtime()) - time.time()) < 5)
start = time.time()
total = 0
for i in range(1000):
    total += i
elapsed = time.time() - start
print(total, elapsed >= 0)
print(callable(time.sleep), callable(time.time), callable(time.gmtime), callable(time.localtime), callable(time.mktime))
print(tuple(time.gmtime(0))[:3])
print(tuple(time.gmtime(86400))[:6])
print(type(time.time()) in (int, float))
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", type(e).__name__)
print("done")
