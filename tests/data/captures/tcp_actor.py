#!/usr/bin/env python3
"""The applications of the checked-in captures (see README.md).

  tcp_actor.py server HOST PORT [--close-first] [--count N] [--delay-reply S]
  tcp_actor.py client HOST PORT [--bind-port P] [--delay-send S] [--pause S]
  tcp_actor.py refused HOST PORT

server: accepts N connections one after the other; reads up to 5 bytes,
waits --delay-reply seconds, answers "world", then closes after the client has closed (or first, with
--close-first). client: connects, waits --delay-send seconds, sends "hello",
reads the answer, waits --pause seconds, closes and waits for the server's
FIN. refused: one connect to a port nobody listens on.
"""
import socket
import sys
import time


def family(host):
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def serve(host, port, close_first, count, delay_reply):
    listener = socket.socket(family(host), socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(4)
    for _ in range(count):
        conn, _ = listener.accept()
        conn.recv(5)
        time.sleep(delay_reply)
        conn.sendall(b"world")
        if not close_first:
            while conn.recv(100):
                pass
            time.sleep(0.05)
        conn.close()
    listener.close()


def connect(host, port, bind_port, delay_send, pause):
    sock = socket.socket(family(host), socket.SOCK_STREAM)
    if bind_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, bind_port))
    sock.connect((host, port))
    time.sleep(delay_send)
    sock.sendall(b"hello")
    sock.recv(5)
    time.sleep(pause)
    sock.shutdown(socket.SHUT_WR)
    while sock.recv(100):
        pass
    sock.close()


def refused(host, port):
    sock = socket.socket(family(host), socket.SOCK_STREAM)
    try:
        sock.connect((host, port))
    except ConnectionRefusedError:
        pass
    sock.close()


def option(args, name, default):
    return type(default)(args[args.index(name) + 1]) if name in args else default


def main(args):
    role, host, port = args[0], args[1], int(args[2])
    if role == "server":
        serve(host, port, "--close-first" in args, option(args, "--count", 1),
              option(args, "--delay-reply", 0.0))
    elif role == "client":
        connect(host, port, option(args, "--bind-port", 0), option(args, "--delay-send", 0.0),
                option(args, "--pause", 0.0))
    else:
        refused(host, port)


if __name__ == "__main__":
    main(sys.argv[1:])
