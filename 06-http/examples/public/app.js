// Runs in the browser: paints the status box magenta and says so, so that a
// screenshot (or the DOM) shows the script was served and ran.
'use strict';
const status = document.getElementById('status');
status.style.background = '#c82896';
status.style.color = '#ffffff';
status.textContent = 'app.js ran';
document.title = 'app.js ran';
