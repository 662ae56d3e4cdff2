import pytest


@pytest.fixture
def forum(db):
    from tests.forum.factories import make_forum

    return make_forum(capacity=3)


@pytest.fixture
def bounded_live_server(transactional_db):
    """Django's live server with a bounded number of request threads and a long listen queue:
    hundreds of simultaneous clients queue in the kernel as they would in front of gunicorn,
    instead of opening more database connections than PostgreSQL allows."""
    import threading

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread

    class BoundedServer(ThreadedWSGIServer):
        request_queue_size = 1024
        slots = threading.BoundedSemaphore(24)

        def process_request(self, request, client_address):
            self.slots.acquire()
            super().process_request(request, client_address)

        def process_request_thread(self, request, client_address):
            try:
                super().process_request_thread(request, client_address)
            finally:
                self.slots.release()

    class Thread(LiveServerThread):
        server_class = BoundedServer

    thread = Thread("127.0.0.1", static_handler=StaticFilesHandler, connections_override={})
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
