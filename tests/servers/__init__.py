"""Real Git servers for the tests (git daemon, sshd, smart HTTP), on 127.0.0.1 only."""
