// FactCheck's HTML report: picking a finding shows its claims side by side, a claim shows how it was read, and the keyboard
// moves between findings. Inlined in the page and allowed by its hash; it reads only the page and loads nothing. Without
// it (or on paper) the page shows every source and every finding as they are.
(function () {
  'use strict';
  var doc = document;
  var sideCount = 6; // the side colours of the style sheet, .s0 to .s5
  doc.documentElement.classList.add('js');

  var findings = Array.prototype.slice.call(doc.querySelectorAll('li.finding'));
  var panes = Array.prototype.slice.call(doc.querySelectorAll('section.pane'));
  var tabs = Array.prototype.slice.call(doc.querySelectorAll('.tabs a[data-pane]'));
  var tip = doc.getElementById('tip');
  var findingsOf = {}; // claim id -> the ids of the findings it is on, in the report's order
  var current = null;
  var hideTimer = 0;

  findings.forEach(function (finding) {
    finding.querySelectorAll('a[data-claim]').forEach(function (link) {
      var list = findingsOf[link.dataset.claim] || (findingsOf[link.dataset.claim] = []);
      if (list.indexOf(finding.id) < 0) list.push(finding.id);
    });
  });

  function marksOf(claim) {
    return doc.querySelectorAll('mark[data-claims~="' + claim + '"]');
  }

  // Shows the panes of ids, in that order, side by side.
  function show(ids) {
    panes.forEach(function (pane) {
      pane.classList.toggle('open', ids.indexOf(pane.id) >= 0);
      pane.style.order = ids.indexOf(pane.id) < 0 ? '' : String(ids.indexOf(pane.id));
    });
    tabs.forEach(function (tab) { tab.classList.toggle('open', ids.indexOf(tab.dataset.pane) >= 0); });
  }

  function open(pane) {
    if (pane.classList.contains('open')) return;
    var ids = panes.filter(function (p) { return p.classList.contains('open'); })
      .sort(function (a, b) { return Number(a.style.order) - Number(b.style.order); }).map(function (p) { return p.id; });
    show(ids.concat([pane.id]));
  }

  // Scrolls the pane's text, not the page, so that el stands a third of the way down.
  function reveal(el) {
    var box = el.closest('.text');
    box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
  }

  function flash(claim) {
    marksOf(claim).forEach(function (mark) {
      mark.classList.remove('flash');
      void mark.offsetWidth; // restarts the animation
      mark.classList.add('flash');
    });
  }

  function select(finding, focus) {
    doc.querySelectorAll('mark.on').forEach(function (mark) {
      mark.classList.remove('on');
      for (var i = 0; i < sideCount; i++) mark.classList.remove('s' + i);
    });
    if (current) {
      current.classList.remove('selected');
      current.querySelector('a.pick').removeAttribute('aria-current');
    }
    current = finding;
    finding.classList.add('selected');
    var pick = finding.querySelector('a.pick');
    pick.setAttribute('aria-current', 'true');
    // Each side's first source comes first, so that every side is in sight when the sources do not all fit side by side.
    var links = Array.prototype.slice.call(finding.querySelectorAll('a[data-claim]'));
    var leads = links.filter(function (link, i) { return i === 0 || links[i - 1].dataset.side !== link.dataset.side; });
    var shown = [];
    var first = {};
    leads.concat(links).forEach(function (link) {
      var anchor = doc.getElementById(link.dataset.claim);
      var pane = anchor && anchor.closest('section.pane');
      if (pane && shown.indexOf(pane.id) < 0) {
        shown.push(pane.id);
        first[pane.id] = anchor;
      }
    });
    links.forEach(function (link) {
      var side = 's' + (Number(link.dataset.side) % sideCount);
      marksOf(link.dataset.claim).forEach(function (mark) { mark.classList.add('on', side); });
    });
    show(shown);
    doc.querySelector('.panes').scrollLeft = 0;
    shown.forEach(function (id) { reveal(first[id]); });
    finding.scrollIntoView({ block: 'nearest' });
    if (focus) pick.focus();
    try { history.replaceState(null, '', '#' + finding.id); } catch (e) { /* a page opened from a file may refuse; the hash is a convenience */ }
  }

  function move(step) {
    if (findings.length === 0) return;
    var index = current ? findings.indexOf(current) + step : 0;
    select(findings[Math.max(0, Math.min(findings.length - 1, index))], true);
  }

  // A claim on findings picks the next of them after the one picked, so that clicking again goes round them.
  function pickFindingOf(mark) {
    var ids = [];
    mark.dataset.claims.split(' ').forEach(function (claim) {
      (findingsOf[claim] || []).forEach(function (id) { if (ids.indexOf(id) < 0) ids.push(id); });
    });
    if (ids.length === 0) return;
    var at = current ? ids.indexOf(current.id) : -1;
    select(doc.getElementById(ids[(at + 1) % ids.length]), false);
  }

  function showTip(mark) {
    clearTimeout(hideTimer);
    tip.textContent = '';
    mark.dataset.claims.split(' ').forEach(function (claim) {
      var card = doc.getElementById('card-' + claim);
      if (!card) return;
      var copy = card.cloneNode(true);
      copy.removeAttribute('id');
      tip.appendChild(copy);
    });
    tip.hidden = false;
    var rect = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(rect.left, window.innerWidth - tip.offsetWidth - 8));
    var top = rect.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight - 8) top = Math.max(8, rect.top - tip.offsetHeight - 6);
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function hideTip(later) {
    clearTimeout(hideTimer);
    if (later) hideTimer = setTimeout(function () { tip.hidden = true; }, 250);
    else tip.hidden = true;
  }

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var link = target.closest('a[data-finding]');
    if (link) {
      event.preventDefault();
      hideTip(false);
      select(doc.getElementById(link.dataset.finding), true);
      return;
    }
    link = target.closest('a[data-claim]');
    if (link) {
      event.preventDefault();
      var finding = link.closest('li.finding');
      if (finding && finding !== current) select(finding, false);
      var anchor = doc.getElementById(link.dataset.claim);
      open(anchor.closest('section.pane'));
      reveal(anchor);
      flash(link.dataset.claim);
      return;
    }
    link = target.closest('a[data-pane]');
    if (link) {
      event.preventDefault();
      show(link.dataset.pane.split(' '));
      return;
    }
    if (target.closest('.tabs button.all')) {
      show(panes.map(function (p) { return p.id; }));
      return;
    }
    var mark = target.closest('mark.f');
    if (mark) pickFindingOf(mark);
  });

  doc.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    var onFinding = target === doc.body || (target instanceof Element && target.closest('.panel'));
    if (event.key === 'j' || (onFinding && event.key === 'ArrowDown')) {
      event.preventDefault();
      move(1);
    } else if (event.key === 'k' || (onFinding && event.key === 'ArrowUp')) {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Escape') {
      hideTip(false);
    } else if (event.key === 'Enter' && target instanceof Element && target.matches('mark.f')) {
      event.preventDefault();
      pickFindingOf(target);
    }
  });

  doc.addEventListener('mouseover', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var mark = target.closest('mark.m');
    if (mark) showTip(mark);
    else if (target.closest('#tip')) clearTimeout(hideTimer);
  });
  doc.addEventListener('mouseout', function (event) {
    var target = event.target;
    if (target instanceof Element && (target.closest('mark.m') || target.closest('#tip'))) hideTip(true);
  });
  doc.addEventListener('focusin', function (event) {
    var target = event.target;
    if (target instanceof Element && target.matches('mark.m')) showTip(target);
  });
  doc.addEventListener('focusout', function (event) {
    var target = event.target;
    if (target instanceof Element && target.matches('mark.m')) hideTip(true);
  });

  var wanted = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (wanted && wanted.matches('li.finding')) select(wanted, false);
  else if (findings.length > 0) select(findings[0], false);
  else show(panes.map(function (p) { return p.id; }));
})();
