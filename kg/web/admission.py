"""Admission control: who may run a query now, who waits, who is told to come back.

* ``slots`` queries run at once. A query that has run ``slow_after`` seconds moves to
  one of ``slow_slots`` (when one is free), which gives its slot back: slow queries can
  hold at most ``slow_slots`` processes of their own and never every slot.
* Beyond the running ones, at most ``queue`` requests wait, served round-robin by
  client, for at most ``queue_timeout`` seconds.
* One client (an IP address) runs at most ``per_client`` queries and queues as many.
* Anything beyond is refused at once: :class:`Busy`, which the endpoint answers with
  503 and ``Retry-After``.

Everything here runs on the endpoint's event loop: no locks.
"""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field


class Busy(Exception):
    """Every slot is taken and the queue is full, or this client has its share."""

    def __init__(self, message: str, retry_after: int = 1):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(eq=False)
class Ticket:
    client: str
    admitted: float = field(default_factory=time.monotonic)
    slow: bool = False
    done: bool = False


class Admission:
    def __init__(self, slots: int = 4, slow_slots: int | None = None, queue: int = 16,
                 per_client: int | None = None, queue_timeout: float = 10.0):
        if slots < 1:
            raise ValueError("at least one query slot is needed")
        self.slots = slots
        self.slow_slots = max(1, slots // 2) if slow_slots is None else slow_slots
        self.queue = queue
        self.per_client = max(1, slots - 1) if per_client is None else per_client
        self.queue_timeout = queue_timeout
        self.fast = 0
        self.slow = 0
        self.running: dict[str, int] = {}
        self.waiting: OrderedDict[str, deque] = OrderedDict()
        self.queued = 0
        self.refused = 0

    # -- entering ------------------------------------------------------------------
    async def enter(self, client: str) -> Ticket:
        """A ticket to run one query; raises :class:`Busy` when there is no room."""
        if self.fast < self.slots and not self.queued and self._may_run(client):
            return self._admit(client)
        mine = len(self.waiting.get(client, ()))
        if self.queued >= self.queue:
            self.refused += 1
            raise Busy(f"all {self.slots} query slots are busy and {self.queued} requests "
                       "are waiting; try again shortly")
        if mine >= self.per_client:
            self.refused += 1
            raise Busy(f"this client already has {self.running.get(client, 0)} queries "
                       f"running and {mine} waiting; try again when they are done")
        waiter = asyncio.get_running_loop().create_future()
        self.waiting.setdefault(client, deque()).append(waiter)
        self.queued += 1
        self._dispatch()
        try:
            return await asyncio.wait_for(waiter, self.queue_timeout)
        except asyncio.TimeoutError:
            self.refused += 1
            raise Busy(f"no query slot came free within {self.queue_timeout:g} s") from None
        except asyncio.CancelledError:  # the client went away
            if waiter.done() and not waiter.cancelled():
                self.leave(waiter.result())  # admitted just as we gave up
            raise
        finally:
            if waiter.cancelled():
                self._forget(client, waiter)

    def _may_run(self, client: str) -> bool:
        return self.running.get(client, 0) < self.per_client

    def _admit(self, client: str) -> Ticket:
        self.fast += 1
        self.running[client] = self.running.get(client, 0) + 1
        return Ticket(client)

    def _forget(self, client: str, waiter) -> None:
        queue = self.waiting.get(client)
        if queue is not None and waiter in queue:
            queue.remove(waiter)
            self.queued -= 1
            if not queue:
                del self.waiting[client]

    def _dispatch(self) -> None:
        """Admit waiting requests, one client at a time in turn, while slots are free."""
        while self.fast < self.slots and self.waiting:
            for client in list(self.waiting):
                if self._may_run(client):
                    break
            else:
                return  # every waiting client is at its share
            queue = self.waiting.pop(client)
            waiter = queue.popleft()
            self.queued -= 1
            if queue:
                self.waiting[client] = queue  # to the back of the round
            if not waiter.done():
                waiter.set_result(self._admit(client))

    # -- while running --------------------------------------------------------------
    def demote(self, ticket: Ticket) -> bool:
        """A query that has run long gives its slot back if a slow slot is free."""
        if ticket.slow or ticket.done or self.slow >= self.slow_slots:
            return False
        ticket.slow = True
        self.fast -= 1
        self.slow += 1
        self._dispatch()
        return True

    def leave(self, ticket: Ticket) -> None:
        if ticket.done:
            return
        ticket.done = True
        if ticket.slow:
            self.slow -= 1
        else:
            self.fast -= 1
        left = self.running.get(ticket.client, 1) - 1
        if left:
            self.running[ticket.client] = left
        else:
            self.running.pop(ticket.client, None)
        self._dispatch()

    def stats(self) -> dict:
        return {"slots": self.slots, "running": self.fast, "slow": self.slow,
                "slow_slots": self.slow_slots, "queued": self.queued,
                "queue": self.queue, "refused": self.refused}
