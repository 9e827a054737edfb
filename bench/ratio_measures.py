#!/usr/bin/env python3
# Which CPU measure of a ratio drifts least with load: runs two already-compiled programs
# directly (outside the sandbox) on the same inputs, interleaved in shuffled order, pinned to
# CPU 1, ROUNDS times, and prints the median ratio of the first to the second by user + system
# time and by user time alone, with page faults. CONDITION adds a memory-bandwidth hog
# (./hog, streaming 256 MiB): membw-other (CPU 0), membw-same (CPU 1), membw-both, or ambient.
#   bench/ratio_measures.py CONDITION ROUNDS   (in a folder with the programs and N.in inputs)
# The README's "How comparable a stored ratio is" quotes its figures for top-k-frequent's
# hash_heap and hash_nth_element_fastio on the cases 10, 11 and 12.
import os, subprocess, sys, time, statistics, json, random
progs = os.environ.get('PROGRAMS', './hash_heap ./hash_nth_element_fastio').split()
cases = os.environ.get('CASES', '10.in 11.in 12.in').split()
def run(prog, inp, cpu):
    pid = os.fork()
    if pid == 0:
        os.sched_setaffinity(0, {cpu})
        fd = os.open(inp, os.O_RDONLY); os.dup2(fd, 0)
        nul = os.open('/dev/null', os.O_WRONLY); os.dup2(nul, 1)
        os.execv(prog, [prog])
    _, status, ru = os.wait4(pid, 0)
    return ru.ru_utime * 1000, ru.ru_stime * 1000, ru.ru_minflt
def session(rounds, cpu=1):
    out = {p: {'u': [], 's': [], 'f': []} for p in progs}
    for r in range(rounds):
        tot = {p: [0, 0, 0] for p in progs}
        for c in cases:
            order = progs[:]; random.shuffle(order)
            for p in order:
                u, s, f = run(p, c, cpu)
                tot[p][0] += u; tot[p][1] += s; tot[p][2] += f
        for p in progs:
            out[p]['u'].append(tot[p][0]); out[p]['s'].append(tot[p][1]); out[p]['f'].append(tot[p][2])
    return out
def summary(name, out):
    a, b = out[progs[0]], out[progs[1]]
    r_all = [ (a['u'][i]+a['s'][i])/(b['u'][i]+b['s'][i]) for i in range(len(a['u']))]
    r_user = [ a['u'][i]/b['u'][i] for i in range(len(a['u']))]
    return dict(cond=name, ratio_cpu=statistics.median(r_all), ratio_user=statistics.median(r_user),
                heap_u=statistics.median(a['u']), heap_s=statistics.median(a['s']),
                fast_u=statistics.median(b['u']), fast_s=statistics.median(b['s']),
                heap_flt=statistics.median(a['f']), fast_flt=statistics.median(b['f']))
cond = sys.argv[1]; rounds = int(sys.argv[2])
hogs = []
if cond.startswith('membw-other'): hogs = [subprocess.Popen(['taskset','-c','0','./hog'])]
if cond.startswith('membw-same'): hogs = [subprocess.Popen(['taskset','-c','1','./hog'])]
if cond.startswith('membw-both'): hogs = [subprocess.Popen(['taskset','-c','0','./hog']), subprocess.Popen(['taskset','-c','1','./hog'])]
time.sleep(0.5 if hogs else 0)
try:
    res = summary(cond, session(rounds))
finally:
    for h in hogs: h.kill()
res['load'] = os.getloadavg()[0]
print(json.dumps(res)); sys.stdout.flush()
with open('results.jsonl','a') as f: f.write(json.dumps(res)+'\n')
