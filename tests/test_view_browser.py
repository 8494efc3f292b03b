

def test_a_long_timeline_is_listed_a_page_at_a_time(browser, tmp_path):
    """Many events: the list starts with one page of cards and grows on demand; counts cover every event."""
    base = page_timeline().events[0]
    many = tuple(replace(base, id=f"ev-{k:04d}", title=f"Event number {k}",
                         start=(dt.date(2016, 1, 1) + dt.timedelta(days=k)).isoformat(),
                         end=(dt.date(2016, 1, 2) + dt.timedelta(days=k)).isoformat()) for k in range(400))
    path = tmp_path / "many.html"
    path.write_bytes(render_page(Timeline(page_timeline().documents, (), many), ExportOptions()))
    open_page(browser, path)
    first = shown(browser, "#events li.event")
    assert 0 < first < 400
    assert browser.find_element("id", "count").text == "Showing 400 of 400 events"
    browser.execute_script("document.getElementById('more-events').click()")
    assert shown(browser, "#events li.event") == min(400, 2 * first)
    browser.find_element("id", "q").send_keys("number 399")
    assert wait_for_count(browser, "#events li.event", 1) == 1
