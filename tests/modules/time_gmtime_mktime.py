# time.gmtime for fixed timestamps, round trip through the calendar; localtime/mktime round trip
import time
for ts in (0, 1, 59, 60, 3600, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890, 1700000000, 2147483647):
    t = tuple(time.gmtime(ts))
    print(ts, t[:6], t[6], t[7])
print(tuple(time.gmtime(0))[:6] == (1970, 1, 1, 0, 0, 0), tuple(time.gmtime(0))[6])
feb29 = tuple(time.gmtime(951782400 + 86400 - 1))
print(feb29[:3], tuple(time.gmtime(1078012800))[:3], tuple(time.gmtime(4107542400))[:3])
days = {}
for ts in range(0, 86400 * 7, 86400):
    t = tuple(time.gmtime(ts))
    days[t[6]] = t[2]
print(sorted(days.items()))
for ts in (0, 1000000000, 1234567890, 1600000000):
    lt = time.localtime(ts)
    print(ts, int(time.mktime(lt)) == ts)
lt = time.localtime(1234567890)
print(len(tuple(lt)) >= 8, int(time.mktime(time.localtime(0))) == 0)
months = [tuple(time.gmtime(ts))[1] for ts in range(0, 86400 * 366, 86400 * 31)]
print(months)
yd = [tuple(time.gmtime(ts))[7] for ts in (0, 86400 * 31, 86400 * 59, 86400 * 364)]
print(yd)
year_2000 = 946684800
print(tuple(time.gmtime(year_2000))[:6], tuple(time.gmtime(year_2000 - 1))[:6])
print(tuple(time.gmtime(year_2000 + 366 * 86400))[:3])
