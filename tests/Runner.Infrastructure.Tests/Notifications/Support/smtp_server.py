"""A real SMTP server for Runner's notification tests (aiosmtpd, Debian's python3-aiosmtpd).

Saves each received message as N.eml (the raw data) and N.json (envelope sender and
recipients, whether the session was TLS and logged in) in --dir, atomically. Optional:
STARTTLS with --cert/--key (TLS from the first byte with --implicit-tls too), AUTH LOGIN/PLAIN required with --user/--password.
Prints READY when listening; stops when standard input closes or on SIGTERM.
"""
import argparse
import itertools
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

counter = itertools.count(1)
lock = threading.Lock()


class Saver:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        with lock:
            n = next(counter)
        stem = os.path.join(self.folder, f"{os.getpid()}-{n:04d}")
        data = envelope.original_content or envelope.content
        with open(stem + ".tmp", "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        meta = {
            "from": envelope.mail_from,
            "to": list(envelope.rcpt_tos),
            # session.ssl is set by STARTTLS only; TLS from the first byte shows on the transport.
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "login": bool(session.authenticated),
        }
        with open(stem + ".jtmp", "w") as f:
            json.dump(meta, f)
        os.rename(stem + ".jtmp", stem + ".json")
        os.rename(stem + ".tmp", stem + ".eml")
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--exclude", help="an AUTH mechanism not to offer")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (SMTPS) instead of STARTTLS")
    args = parser.parse_args()

    kwargs = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.implicit_tls:
            kwargs.update(ssl_context=context)
        else:
            kwargs.update(tls_context=context, require_starttls=True)
    if args.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login.decode() == args.user
                  and auth_data.password.decode() == args.password)
            return AuthResult(success=ok, handled=False)
        # aiosmtpd counts only STARTTLS as TLS for AUTH; with TLS from the first byte the session is encrypted anyway.
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=bool(args.cert) and not args.implicit_tls)
        if args.exclude:
            kwargs.update(auth_exclude_mechanism=[args.exclude])

    controller = Controller(Saver(args.dir), hostname="127.0.0.1", port=args.port, server_hostname="localhost", **kwargs)
    controller.start()
    print("READY", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
