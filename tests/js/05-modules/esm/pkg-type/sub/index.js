export default 'folder index';
