# asyncio: an event loop for coroutines, with MicroPython's API and parts of CPython's.
# SPDX-License-Identifier: MIT
#
# CPython's parts: Queue, Task.result/exception, wait_for's behaviour on
# timeout and cancellation, gather taking as many loop turns as CPython's.
#
# How it works. A Task wraps a coroutine. The loop keeps a list of tasks ready
# to run and a list of sleeping tasks ordered by deadline (in time.ticks_ms
# units). Running a task sends a value into its coroutine (or throws an
# exception) until the coroutine yields. Every awaitable here parks the
# running task somewhere (the sleep list, an Event's waiters, another task's
# waiters, the I/O list) and then yields _PARKED; a coroutine that yields
# anything else (a bare `yield` from a foreign awaitable) just runs again on
# the next pass. Whatever wakes a task takes it out of every list it was
# parked on and appends it to the ready list. When nothing is ready the loop
# sleeps until the next deadline, in select.poll when tasks wait for streams.

import sys
from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _sleep_ms

try:
    import select as _select
except ImportError:
    _select = None

__version__ = (3, 0, 0)


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError

# What the awaitables below yield to say "the task is parked, do not
# reschedule it".
_PARKED = object()


class _Park:
    # Awaiting this suspends the task once; the loop resumes it with a value.
    def __await__(self):
        v = yield _PARKED
        return v

    __iter__ = __await__


_park = _Park()

# ---------------------------------------------------------------------------
# The scheduler's state (module globals: there is one loop).
# ---------------------------------------------------------------------------

_ready = []      # tasks to run, in order
_sleepers = []   # tasks parked with a deadline, soonest first
_io_wait = []    # [stream, events, task] for tasks waiting on a stream
_flags_wait = [] # ThreadSafeFlags that have a waiting task
_cur = None      # the task running now
_stop = False    # set by loop.stop()
_done_seq = 0    # counts finished tasks (gather reports the earliest error)
_handler = None  # the loop's exception handler (None: the default one)


def _park_on(task, *lists):
    # Records that [task] waits in each of [lists]; the caller appends it.
    task._lists = lists


def _wake(task, value=None, exc=None):
    # Takes [task] out of every list it waits in and makes it ready to run
    # with [value] sent in (or [exc] thrown in). A task already awake stays
    # as it is.
    lists = task._lists
    if lists is None:
        return False
    task._lists = None
    for lst in lists:
        if lst is _io_wait:
            for i in range(len(lst)):
                if lst[i][2] is task:
                    lst.pop(i)
                    break
        else:
            try:
                lst.remove(task)
            except ValueError:
                pass
    task._send = value
    task._throw = exc
    _ready.append(task)
    return True


def _sleep_until(task, deadline):
    # Parks [task] in the sleep list until [deadline] (ticks_ms); tasks with
    # the same deadline wake in the order they went to sleep.
    task._deadline = deadline
    i = len(_sleepers)
    while i > 0 and ticks_diff(_sleepers[i - 1]._deadline, deadline) > 0:
        i -= 1
    _sleepers.insert(i, task)


def _running_task():
    # The task running now; the API that needs one raises as CPython's does.
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


# ---------------------------------------------------------------------------
# Tasks.
# ---------------------------------------------------------------------------


class Task:
    def __init__(self, coro):
        if not hasattr(coro, "send") or not hasattr(coro, "throw"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self.coro = coro
        self.data = None
        self._send = None
        self._throw = None
        self._lists = None
        self._deadline = 0
        self._waiters = []
        self._done = False
        self._seq = 0
        self._result = None
        self._exc = None
        self._retrieved = False

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def cancel(self, msg=None):
        # Throws CancelledError into the coroutine at its next resumption:
        # now if it waits somewhere, when it next yields if it is running.
        if self._done:
            return False
        exc = CancelledError() if msg is None else CancelledError(msg)
        if self is _cur:
            self._cancel_me = exc
        elif not _wake(self, None, exc):
            # Already in the ready list: throw instead of sending.
            self._send = None
            self._throw = exc
        return True

    def result(self):
        if not self._done:
            raise InvalidStateError("Result is not set.")
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError("Exception is not set.")
        self._retrieved = True
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def get_coro(self):
        return self.coro

    def __await__(self):
        if not self._done:
            me = _running_task()
            if me is self:
                raise RuntimeError("a task cannot await itself")
            self._waiters.append(me)
            _park_on(me, self._waiters)
            yield _PARKED
        return self.result()

    __iter__ = __await__

    def _finish(self, result, exc):
        global _done_seq
        _done_seq += 1
        self._done = True
        self._seq = _done_seq
        self._result = result
        self._exc = exc
        for t in list(self._waiters):
            _wake(t)


Task._cancel_me = None


def _step(task):
    # Runs [task] until its coroutine yields or ends.
    global _cur
    send = task._send
    exc = task._throw
    task._send = None
    task._throw = None
    _cur = task
    try:
        if exc is not None:
            y = task.coro.throw(exc)
        else:
            y = task.coro.send(send)
    except StopIteration as e:
        _cur = None
        task._finish(e.value, None)
        return
    except (Exception, CancelledError) as e:
        _cur = None
        watched = bool(task._waiters)
        task._finish(None, e)
        if not watched and not task._retrieved and not isinstance(e, CancelledError):
            # Nobody awaits it (yet): say so now, as MicroPython does.
            # (Tasks run by run_until_complete and gather's children count
            # as awaited.)
            _call_handler({"message": "Task exception wasn't retrieved", "exception": e, "future": task})
        return
    except BaseException as e:
        # KeyboardInterrupt, SystemExit: the task ends and the loop stops.
        _cur = None
        task._finish(None, e)
        raise
    _cur = None
    if task._cancel_me is not None:
        # cancel() called by the task on itself: deliver at once.
        exc = task._cancel_me
        task._cancel_me = None
        if task._lists is not None:
            _wake(task, None, exc)
        else:
            if task not in _ready:
                _ready.append(task)
            task._throw = exc
    elif y is not _PARKED and task._lists is None and task not in _ready:
        _ready.append(task)


def create_task(coro):
    t = Task(coro)
    _ready.append(t)
    return t


def ensure_future(aw):
    if isinstance(aw, Task):
        return aw
    return create_task(aw)


def _as_task(aw):
    if isinstance(aw, Task):
        return aw
    if hasattr(aw, "send"):
        return create_task(aw)
    if hasattr(aw, "__await__"):
        return create_task(_await_it(aw))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await_it(aw):
    return await aw


def current_task():
    return _running_task()


# ---------------------------------------------------------------------------
# Sleeping.
# ---------------------------------------------------------------------------


async def sleep_ms(t, result=None):
    me = _running_task()
    if t <= 0:
        # One turn of the loop: other ready tasks run first. The task
        # stays "awake" (not parked), so cancel() throws into it here.
        _ready.append(me)
        await _park
    else:
        _sleep_until(me, ticks_add(ticks_ms(), int(t)))
        _park_on(me, _sleepers)
        await _park
    return result


async def _hop():
    # One turn of the loop. gather and wait_for take the same number of turns
    # as CPython's (whose completion callbacks each run a turn later), so
    # tasks running beside them interleave the same way.
    await sleep_ms(0)


async def sleep(t, result=None):
    ms = t * 1000
    if ms > 0:
        # Round up so that a tiny positive sleep still waits.
        ms = int(ms) + (ms != int(ms))
    return await sleep_ms(ms, result)


# ---------------------------------------------------------------------------
# Combinators.
# ---------------------------------------------------------------------------


async def _cancel_and_wait(task):
    # Cancels [task] and waits until it has ended, whatever it does about it.
    if not task._done:
        task.cancel()
    me = _cur
    while not task._done:
        task._waiters.append(me)
        _park_on(me, task._waiters)
        await _park


async def wait_for_ms(aw, timeout):
    if timeout is None:
        return await aw
    task = _as_task(aw)
    me = _running_task()
    if not task._done:
        task._waiters.append(me)
        _sleep_until(me, ticks_add(ticks_ms(), int(timeout)))
        _park_on(me, task._waiters, _sleepers)
        try:
            await _park
        except CancelledError:
            await _cancel_and_wait(task)
            raise
    else:
        await _hop()
    if task._done:
        await _hop()
        return task.result()
    await _cancel_and_wait(task)
    try:
        return task.result()
    except CancelledError:
        raise TimeoutError()


async def wait_for(aw, timeout):
    if timeout is None:
        return await aw
    ms = timeout * 1000
    if ms > 0:
        ms = int(ms) + (ms != int(ms))
    return await wait_for_ms(aw, ms)


async def gather(*aws, return_exceptions=False):
    tasks = [_as_task(a) for a in aws]
    me = _running_task()
    if tasks and all(t._done for t in tasks):
        await _hop()
    while True:
        if not return_exceptions:
            # The error of the earliest child to fail propagates at once.
            first = None
            for t in tasks:
                if t._done and t._exc is not None and (first is None or t._seq < first._seq):
                    first = t
            if first is not None:
                for t in tasks:
                    t._retrieved = True
                await _hop()
                raise first._exc
        pending = [t for t in tasks if not t._done]
        if not pending:
            if tasks:
                await _hop()
            break
        for t in pending:
            t._waiters.append(me)
        _park_on(me, *[t._waiters for t in pending])
        try:
            await _park
        except CancelledError:
            # As CPython: the children are cancelled and the cancellation
            # reaches the awaiting task once they have all ended.
            for t in tasks:
                if not t._done:
                    t.cancel()
            for t in tasks:
                t._retrieved = True
                await _cancel_and_wait(t)
            raise
    out = []
    for t in tasks:
        t._retrieved = True
        out.append(t._exc if t._exc is not None else t._result)
    return out


# ---------------------------------------------------------------------------
# Synchronisation.
# ---------------------------------------------------------------------------


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        for t in list(self._waiters):
            _wake(t)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            me = _running_task()
            self._waiters.append(me)
            _park_on(me, self._waiters)
            await _park
        return True


class ThreadSafeFlag:
    # Like an Event that one task waits on and that set() may be called on
    # from anywhere (a scheduled callback): set() only raises the flag, the
    # loop notices it. wait() clears the flag when it returns.
    def __init__(self):
        self._flag = False
        self._task = None

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def ioctl(self, req, flags):
        if req == 3:
            return flags & 1 if self._flag else 0
        return -1

    async def wait(self):
        if not self._flag:
            me = _running_task()
            self._task = me
            _flags_wait.append(self)
            _park_on(me)
            try:
                await _park
            finally:
                self._task = None
                if self in _flags_wait:
                    _flags_wait.remove(self)
        self._flag = False


class Lock:
    # A FIFO lock: release() hands it straight to the longest waiting task.
    def __init__(self):
        self._locked = False
        self._waiters = []
        self._handed_to = None

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked:
            self._locked = True
            return True
        me = _running_task()
        self._waiters.append(me)
        _park_on(me, self._waiters)
        try:
            await _park
        except CancelledError:
            if self._handed_to is me:
                # Cancelled after being given the lock: pass it on.
                self._handed_to = None
                self.release()
            raise
        self._handed_to = None
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        if self._waiters:
            t = self._waiters[0]
            self._handed_to = t
            _wake(t)
        else:
            self._locked = False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue:
    # CPython's asyncio.Queue: FIFO, bounded when maxsize > 0.
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._all_done = Event()
        self._all_done.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def _wake_one(self, lst):
        if lst:
            t = lst[0]
            if not _wake(t):
                lst.remove(t)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._all_done.clear()
        self._wake_one(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake_one(self._putters)
        return item

    async def put(self, item):
        while self.full():
            me = _running_task()
            self._putters.append(me)
            _park_on(me, self._putters)
            await _park
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            me = _running_task()
            self._getters.append(me)
            _park_on(me, self._getters)
            await _park
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._all_done.set()

    async def join(self):
        if self._unfinished > 0:
            await self._all_done.wait()


# ---------------------------------------------------------------------------
# Streams.
# ---------------------------------------------------------------------------


async def _wait_io(stream, events):
    # Parks the running task until [stream] has one of [events].
    if _select is None:
        raise OSError("no select module")
    me = _running_task()
    entry = [stream, events, me]
    _io_wait.append(entry)
    _park_on(me, _io_wait)
    await _park


def _io_poll(timeout):
    # Wakes the tasks whose streams are ready, waiting up to [timeout] ms
    # (-1: until one is) for that.
    p = _select.poll()
    for s, ev, t in _io_wait:
        p.register(s, ev)
    ready = p.poll(timeout)
    for s, ev in ready:
        for i in range(len(_io_wait)):
            if _io_wait[i][0] is s:
                _wake(_io_wait[i][2])
                break


def _readable_now(s):
    p = _select.poll()
    p.register(s, 1)
    return bool(p.poll(0))


class Stream:
    # A stream (sys.stdin, sys.stdout, or any object with read/write and an
    # ioctl or fileno method) seen through coroutines.
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = ""

    def get_extra_info(self, v):
        return self.e[v]

    async def _read1(self):
        # One character (or byte); empty at the end of the stream.
        if not _readable_now(self.s):
            await _wait_io(self.s, 1)
        return self.s.read(1)

    async def read(self, n=-1):
        # Waits for data, then returns what can be had without waiting more
        # (at most n items; n < 0: everything until the end of the stream).
        c = await self._read1()
        buf = [c]
        got = len(c)
        if not c:
            return c
        while n < 0 or got < n:
            if n >= 0 and not _readable_now(self.s):
                break
            c = await self._read1()
            if not c:
                break
            buf.append(c)
            got += 1
        return c[:0].join(buf)

    async def readinto(self, buf):
        # Fills the start of [buf] with what read() gives; returns the count.
        data = await self.read(len(buf))
        if isinstance(data, str):
            data = data.encode()
        n = min(len(data), len(buf))
        buf[:n] = data[:n]
        return n

    async def readexactly(self, n):
        buf = []
        while len(buf) < n:
            c = await self._read1()
            if not c:
                raise EOFError
            buf.append(c)
        return "".join(buf) if not buf or isinstance(buf[0], str) else b"".join(buf)

    async def readline(self):
        buf = []
        while True:
            c = await self._read1()
            if not c:
                break
            buf.append(c)
            if c == "\n" or c == b"\n":
                break
        if not buf:
            return c
        return buf[0][:0].join(buf)

    def write(self, buf):
        self.out_buf += buf

    async def drain(self):
        data = self.out_buf
        self.out_buf = ""
        if data:
            await _wait_io(self.s, 4)
            self.s.write(data)

    def close(self):
        pass

    async def wait_closed(self):
        pass

    async def aclose(self):
        pass

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


StreamReader = Stream
StreamWriter = Stream


# ---------------------------------------------------------------------------
# The loop.
# ---------------------------------------------------------------------------


def _call_handler(context):
    if _handler is None:
        Loop.default_exception_handler(_loop, context)
    else:
        _handler(_loop, context)


def _run_pass(idle_wait):
    # One pass: wake the sleepers whose deadline has come, run the tasks
    # ready now. When nothing is ready and [idle_wait], wait for the next
    # deadline or stream. Returns False when nothing can ever happen again.
    now = ticks_ms()
    while _sleepers and ticks_diff(_sleepers[0]._deadline, now) <= 0:
        _wake(_sleepers[0])
    for f in list(_flags_wait):
        if f._flag and f._task is not None:
            _wake(f._task)
    if _io_wait:
        _io_poll(0)
    if _ready:
        # Tasks made ready while these run wait for the next pass.
        n = len(_ready)
        while n > 0 and _ready:
            n -= 1
            _step(_ready.pop(0))
        return True
    if not idle_wait:
        return True
    if _sleepers:
        delay = ticks_diff(_sleepers[0]._deadline, ticks_ms())
        if delay < 0:
            delay = 0
    elif _io_wait:
        delay = -1
    elif _flags_wait:
        delay = 1
    else:
        return False
    if _flags_wait and (delay < 0 or delay > 1):
        delay = 1
    if _io_wait:
        _io_poll(delay)
    elif delay > 0:
        _sleep_ms(delay)
    return True


class Loop:
    _exc_handler = None

    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        global _stop
        _stop = False
        while not _stop:
            if not _run_pass(True):
                break
        _stop = False

    def run_until_complete(self, aw):
        global _stop
        task = _as_task(aw)
        task._retrieved = True
        _stop = False
        while not task._done and not _stop:
            if not _run_pass(True):
                break
        _stop = False
        if not task._done:
            raise RuntimeError("Event loop stopped before Future completed.")
        return task.result()

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def is_running(self):
        return _cur is not None

    def set_exception_handler(self, handler):
        global _handler
        _handler = handler

    def get_exception_handler(self):
        return _handler

    def default_exception_handler(self, context):
        # Printed on stderr, as CPython's logging does.
        err = sys.stderr
        err.write(context["message"] + "\n")
        if "future" in context:
            err.write("future: %r coro=%r\n" % (context["future"], context["future"].coro))
        if "exception" in context:
            exc = context["exception"]
            if hasattr(sys, "print_exception"):
                sys.print_exception(exc, err)
            else:
                err.write("%s: %s\n" % (type(exc).__name__, exc))

    def call_exception_handler(self, context):
        _call_handler(context)


_loop = Loop()


def get_event_loop(runq_len=0, waitq_len=0):
    return _loop


def get_running_loop():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _loop


def new_event_loop():
    # Forgets every task of the previous loop.
    global _loop, _cur, _stop, _handler
    del _ready[:]
    del _sleepers[:]
    del _io_wait[:]
    del _flags_wait[:]
    _cur = None
    _stop = False
    _handler = None
    _loop = Loop()
    return _loop


def set_event_loop(loop):
    global _loop
    _loop = loop


def run(coro):
    if _cur is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not hasattr(coro, "send") or not hasattr(coro, "throw"):
        raise ValueError("a coroutine was expected, got %r" % (coro,))
    return _loop.run_until_complete(create_task(coro))


def run_until_complete(aw):
    return _loop.run_until_complete(aw)
