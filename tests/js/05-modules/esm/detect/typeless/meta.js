// import.meta alone makes a module
export default import.meta.url.endsWith('meta.js');
