// Progressive enhancement of the question form, question tracking and dossier lookup: they call the CMS's
// public API and show its Vietnamese messages as written. Content pages load no script at all.
(function () {
  'use strict';
  var DAY = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
  var day = function (iso) { return iso ? DAY.format(new Date(iso.length === 10 ? iso + 'T12:00:00+07:00' : iso)) : ''; };
  var STATUS = { received: 'Đã tiếp nhận', assigned: 'Đang xử lý', answered: 'Đã trả lời, đang chờ công bố', published: 'Đã trả lời', closed: 'Đã đóng' };
  var DOSSIER = { dang_xu_ly: 'Đang xử lý', da_giai_quyet: 'Đã giải quyết', tra_lai: 'Trả lại', rut_ho_so: 'Rút hồ sơ' };

  function el(tag, text) { var node = document.createElement(tag); if (text !== undefined) node.textContent = text; return node; }
  function facts(rows) {
    var dl = el('dl'); dl.className = 'facts';
    rows.forEach(function (row) { if (row[1]) { dl.appendChild(el('dt', row[0])); dl.appendChild(el('dd', row[1])); } });
    return dl;
  }
  function blocksText(blocks) {
    var text = function (nodes) { return nodes.map(function (n) { return typeof n.text === 'string' ? n.text : n.children ? text(n.children) : ''; }).join(''); };
    return Array.isArray(blocks) ? blocks.map(function (b) { return text([b]); }).filter(Boolean) : [];
  }
  async function getJson(url, init) {
    var response = await fetch(url, init);
    var body = await response.json().catch(function () { return {}; });
    if (!response.ok) throw new Error((body.error && body.error.message) || 'Máy chủ trả lỗi ' + response.status + '. Hãy thử lại sau.');
    return body;
  }
  function networkMessage(error) {
    return error instanceof TypeError ? 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.' : error.message;
  }

  async function sha256hex(text) {
    var digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }
  /** ALTCHA proof of work: the number whose SHA-256 with the salt gives the challenge. */
  async function solve(challenge) {
    for (var n = 0; n <= (challenge.maxnumber || 1e6); n += 1) {
      if ((await sha256hex(challenge.salt + n)) === challenge.challenge) return n;
    }
    throw new Error('Không hoàn thành được xác minh chống thư rác: hãy tải lại trang.');
  }

  var ask = document.getElementById('ask-form');
  if (ask) {
    var errors = document.getElementById('ask-errors');
    var result = document.getElementById('ask-result');
    ask.addEventListener('submit', async function (event) {
      event.preventDefault();
      var button = ask.querySelector('button[type=submit]');
      button.disabled = true; errors.textContent = ''; result.textContent = 'Đang xác minh chống thư rác và gửi câu hỏi…';
      try {
        var api = ask.dataset.api;
        var challenge = await getJson(api + '/api/questions/challenge');
        var number = await solve(challenge);
        var data = {};
        new FormData(ask).forEach(function (value, key) { if (String(value).trim() !== '' || key === 'website') data[key] = String(value); });
        data.altcha = btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: number, salt: challenge.salt, signature: challenge.signature }));
        var body = await getJson(api + '/api/questions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: data }) });
        result.textContent = '';
        result.appendChild(el('h2', 'Đã gửi câu hỏi'));
        var p = el('p', 'Mã tra cứu của bạn: '); var code = el('strong', body.data.trackingCode); code.id = 'tracking-code'; p.appendChild(code); result.appendChild(p);
        result.appendChild(el('p', 'Hạn trả lời: ' + day(body.data.dueAt) + '. Hãy ghi lại mã để tra cứu tại trang Tra cứu câu hỏi.'));
        var link = el('a', 'Tra cứu câu hỏi này'); link.href = '/hoi-dap/tra-cuu/?ma=' + encodeURIComponent(body.data.trackingCode); result.appendChild(link);
        ask.hidden = true;
      } catch (error) {
        result.textContent = ''; errors.textContent = networkMessage(error); errors.focus();
      } finally {
        button.disabled = false;
      }
    });
    errors.tabIndex = -1;
  }

  var track = document.getElementById('track-form');
  if (track) {
    var trackResult = document.getElementById('track-result');
    var show = async function (code) {
      trackResult.textContent = 'Đang tra cứu…';
      try {
        var tracked = (await getJson(track.dataset.api + '/api/questions/track/' + encodeURIComponent(code.trim()))).data;
        trackResult.textContent = '';
        trackResult.appendChild(el('h2', tracked.title));
        trackResult.appendChild(facts([['Mã tra cứu', tracked.trackingCode], ['Tình trạng', STATUS[tracked.status] || tracked.status], ['Ngày nhận', day(tracked.receivedAt)], ['Hạn trả lời', day(tracked.dueAt)], ['Ngày trả lời', day(tracked.answeredAt)]]));
        var answer = blocksText(tracked.answer);
        if (answer.length) { trackResult.appendChild(el('h3', 'Trả lời')); answer.forEach(function (line) { trackResult.appendChild(el('p', line)); }); }
      } catch (error) {
        trackResult.textContent = networkMessage(error);
      }
    };
    track.addEventListener('submit', function (event) { event.preventDefault(); show(track.elements.ma.value); });
    var initial = new URLSearchParams(location.search).get('ma');
    if (initial) { track.elements.ma.value = initial; show(initial); }
  }

  var lookup = document.getElementById('dossier-lookup');
  if (lookup) {
    var lookupResult = document.getElementById('dossier-result');
    lookup.addEventListener('submit', async function (event) {
      event.preventDefault();
      var code = lookup.elements[0].value.trim();
      lookupResult.textContent = 'Đang tra cứu…';
      try {
        var found = (await getJson(lookup.dataset.api + '/api/dossiers?filters[code][$eq]=' + encodeURIComponent(code))).data;
        lookupResult.textContent = '';
        if (!found.length) { lookupResult.textContent = 'Không tìm thấy hồ sơ có mã ' + code + '. Hãy kiểm tra lại mã trên giấy tiếp nhận.'; return; }
        var d = found[0];
        lookupResult.appendChild(el('h2', 'Hồ sơ ' + d.code));
        lookupResult.appendChild(facts([['Thủ tục', d.procedureName], ['Tình trạng', DOSSIER[d.status] || d.status], ['Ngày nhận', day(d.receivedAt)], ['Ngày hẹn trả', day(d.dueAt)], ['Ngày trả kết quả', day(d.returnedAt)]]));
      } catch (error) {
        lookupResult.textContent = networkMessage(error);
      }
    });
  }
})();
